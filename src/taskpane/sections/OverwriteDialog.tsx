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
 * Asks before writing over cells the add-in did not write (or that the user changed inside the
 * add-in's own output since it wrote them): `body` names the range, `confirmLabel` the way on.
 * Closing the dialog keeps the cells.
 */
export function OverwriteDialog(props: {
  title: string;
  body: string;
  confirmLabel: string;
  onOverwrite(): void;
  onKeep(): void;
}): React.JSX.Element {
  const { title, body, confirmLabel, onOverwrite, onKeep } = props;
  const { t } = usePane();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onOverwrite}>
              {confirmLabel}
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
