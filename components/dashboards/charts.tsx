"use client";

import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";

// Client-only drawing of data the server already aggregated: plain numbers and labels, no fetching.
// Every chart sits next to a table of the same numbers (the table is what screen readers use).

const RED = "#b91c1c";
const GRAY = "#6b7280";
const AMBER = "#b45309";

export type TrendPoint = { label: string; activities: number; participants: number; hours: number };

/** Activities held and participants (bars, left axis) and hours (line, right axis) per month. */
export function TrendChart({
  data,
  labels,
  ariaLabel,
}: {
  data: TrendPoint[];
  labels: { activities: string; participants: string; hours: string };
  ariaLabel: string;
}) {
  return (
    <div role="img" aria-label={ariaLabel}>
      <ComposedChart
        responsive
        style={{ width: "100%", height: 300 }}
        data={data}
        margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#e5e7eb" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12 }} width={48} />
        <YAxis yAxisId="hours" orientation="right" tick={{ fontSize: 12 }} width={56} />
        <Tooltip />
        <Legend />
        <Bar yAxisId="count" dataKey="activities" name={labels.activities} fill={GRAY} isAnimationActive={false} />
        <Bar yAxisId="count" dataKey="participants" name={labels.participants} fill={RED} isAnimationActive={false} />
        <Line
          yAxisId="hours"
          dataKey="hours"
          name={labels.hours}
          stroke={AMBER}
          strokeWidth={2}
          type="monotone"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </div>
  );
}

export type BarPoint = { label: string; value: number };

/**
 * Horizontal bars, one per row (communities, categories); `percent` shows values 0–1 as %.
 * The height grows with the number of rows so labels never overlap.
 */
export function HorizontalBars({
  data,
  valueLabel,
  ariaLabel,
  percent = false,
}: {
  data: BarPoint[];
  valueLabel: string;
  ariaLabel: string;
  percent?: boolean;
}) {
  const format = (v: number) => (percent ? `${Math.round(v * 1000) / 10}%` : String(v));
  return (
    <div role="img" aria-label={ariaLabel}>
      <BarChart
        layout="vertical"
        responsive
        style={{ width: "100%", height: Math.max(120, data.length * 28 + 40) }}
        data={data}
        margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
      >
        <CartesianGrid stroke="#e5e7eb" horizontal={false} />
        <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={format} domain={percent ? [0, 1] : [0, "auto"]} />
        <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(v) => format(Number(v))} />
        <Bar dataKey="value" name={valueLabel} fill={RED} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
