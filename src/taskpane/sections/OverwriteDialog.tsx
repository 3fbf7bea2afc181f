import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { usePane } from "../state/PaneContext";

/**
 * Asks before overwriting cells the add-in did not write (or that the user changed inside the
 * add-in's own output since it wrote them), naming the range.
 */
export function OverwriteDialog(props: {
  address: string;
  conflict?: string;
  onOverwrite(): void;
  onKeep(): void;
}): React.JSX.Element {
  const { address, conflict, onOverwrite, onKeep } = props;
  const { t } = usePane();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.overwriteTitle}</DialogTitle>
          <DialogContent>
            {conflict === "edited"
              ? t.overwriteEditedBody(address)
              : conflict === "formatted"
                ? t.overwriteFormattedBody(address)
                : t.overwriteBody(address)}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onOverwrite}>
              {t.overwrite}
            </Button>
            <Button appearance="secondary" onClick={onKeep}>
              {t.keep}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
