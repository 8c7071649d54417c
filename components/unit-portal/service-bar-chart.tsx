"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartPoint = { label: string; records: number; hours: number };

const RED = "#b91c1c";
const GRAY = "#6b7280";

/**
 * Services (人次) and hours per month or per category, as bars on two axes. Plain serializable data
 * and labels come from the server; the same numbers are in the data table under each chart.
 */
export function ServiceBarChart({
  data,
  recordsLabel,
  hoursLabel,
  summary,
  horizontal = false,
}: {
  data: ChartPoint[];
  recordsLabel: string;
  hoursLabel: string;
  summary: string;
  horizontal?: boolean;
}) {
  const height = horizontal ? Math.max(240, data.length * 44 + 60) : 300;
  return (
    <div role="img" aria-label={summary} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {horizontal ? (
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" xAxisId="records" orientation="bottom" allowDecimals={false} stroke={GRAY} />
            <XAxis type="number" xAxisId="hours" orientation="top" stroke={RED} />
            <YAxis type="category" dataKey="label" width={88} tick={{ fontSize: 13 }} />
            <Tooltip />
            <Legend />
            <Bar xAxisId="records" dataKey="records" name={recordsLabel} fill={GRAY} isAnimationActive={false} />
            <Bar xAxisId="hours" dataKey="hours" name={hoursLabel} fill={RED} isAnimationActive={false} />
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 13 }} />
            <YAxis yAxisId="records" allowDecimals={false} stroke={GRAY} />
            <YAxis yAxisId="hours" orientation="right" stroke={RED} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="records" dataKey="records" name={recordsLabel} fill={GRAY} isAnimationActive={false} />
            <Bar yAxisId="hours" dataKey="hours" name={hoursLabel} fill={RED} isAnimationActive={false} />
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
