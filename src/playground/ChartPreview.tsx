import * as React from "react";
import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ChartJson } from "../double";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  chart: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalS,
    width: "300px",
  },
});

const WIDTH = 280;
const HEIGHT = 160;
const palette = ["#0f6cbd", "#c08b00", "#479ef5", "#107c10", "#9cc8f0", "#d13438"];

/** A simple drawing of the charts the add-in created in the double (type, title, series). */
export function ChartPreview({ charts }: { charts: ChartJson[] }): React.JSX.Element | null {
  const styles = useStyles();
  if (charts.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Charts">
      {charts.map((chart) => (
        <figure
          key={`${chart.sheet}!${chart.name}`}
          className={styles.chart}
          data-chart-type={chart.chartType}
        >
          <Subtitle2 as="h3">{chart.title ?? chart.name}</Subtitle2>
          <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.title ?? chart.name}>
            {/stacked/i.test(chart.chartType) ? (
              <StackedBars series={chart.series} />
            ) : (
              chart.series.map((series, index) => (
                <SeriesShape
                  key={index}
                  chartType={series.chartType ?? chart.chartType}
                  values={numbers(series.resolvedValues)}
                  index={index}
                />
              ))
            )}
          </svg>
          <Caption1>
            {chart.chartType}: {chart.series.map((s) => s.name).join(", ")}
          </Caption1>
        </figure>
      ))}
    </section>
  );
}

function numbers(values: unknown[] | undefined): number[] {
  return (values ?? []).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : 0));
}

/** Stacked bars, bottom category at the bottom; a series with a cleared fill (the pyramid's
    offset) is drawn invisible, as Excel does, so the bars come out centred. */
function StackedBars({ series }: { series: ChartJson["series"] }) {
  const columns = series.map((s) => numbers(s.resolvedValues));
  const categories = Math.max(0, ...columns.map((c) => c.length));
  if (categories === 0) return null;
  const totals = Array.from({ length: categories }, (_v, i) =>
    columns.reduce((sum, c) => sum + (c[i] ?? 0), 0)
  );
  const max = Math.max(...totals, 1e-9);
  const band = HEIGHT / categories;
  const shapes: React.JSX.Element[] = [];
  for (let i = 0; i < categories; i++) {
    let x = 0;
    series.forEach((s, k) => {
      const width = ((columns[k][i] ?? 0) / max) * WIDTH;
      const colour =
        s.fillColor === null
          ? "none"
          : (s.pointColors?.[String(i)] ?? s.fillColor ?? palette[k % palette.length]);
      shapes.push(
        <rect
          key={`${i}-${k}`}
          x={x}
          y={HEIGHT - (i + 1) * band + 1}
          width={width}
          height={band - 2}
          fill={colour}
        />
      );
      x += width;
    });
  }
  return <g>{shapes}</g>;
}

function SeriesShape({
  chartType,
  values,
  index,
}: {
  chartType: string;
  values: number[];
  index: number;
}) {
  if (values.length === 0) return null;
  const max = Math.max(...values.map(Math.abs), 1e-9);
  const colour = palette[index % palette.length];
  if (/bar/i.test(chartType)) {
    const band = HEIGHT / values.length;
    return (
      <g>
        {values.map((v, i) => (
          <rect
            key={i}
            x={0}
            y={HEIGHT - (i + 1) * band + 1}
            width={(Math.abs(v) / max) * WIDTH}
            height={band - 2}
            fill={colour}
            opacity={index === 0 && values.length > 1 ? 0.9 : 0.9}
          />
        ))}
      </g>
    );
  }
  if (/column/i.test(chartType)) {
    const band = WIDTH / values.length;
    return (
      <g>
        {values.map((v, i) => (
          <rect
            key={i}
            x={i * band + 1}
            y={HEIGHT - (Math.abs(v) / max) * HEIGHT}
            width={band - 2}
            height={(Math.abs(v) / max) * HEIGHT}
            fill={colour}
          />
        ))}
      </g>
    );
  }
  const points = values
    .map(
      (v, i) =>
        `${(i / Math.max(1, values.length - 1)) * WIDTH},${HEIGHT - (v / max) * (HEIGHT - 4)}`
    )
    .join(" ");
  return <polyline points={points} fill="none" stroke={colour} strokeWidth={2} />;
}
