"use client";
// What VerversenLater loads when the browser is idle: the polling island with its query client.
import { QueryProvider } from "@/components/query-provider";
import { Verversen } from "@/components/taken/verversen";

export function VerversenEiland(props: { sleutel: string; bijgewerktOp: string }) {
  return (
    <QueryProvider>
      <Verversen {...props} />
    </QueryProvider>
  );
}
