"use client";
// Mijn taken stays current without a reload: on focus and every 30 seconds this island fetches the
// dashboard (TanStack Query: polling, focus refetch, retries) and, only when what it shows has
// changed, asks the server for a fresh render of the page (router.refresh). The table itself is a
// server component: the browser runs no code for it (it used to be rendered and hydrated by this
// island, the largest part of Mijn taken's main-thread work on Lighthouse's mobile profile).
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useQuery } from "@tanstack/react-query";
import { formatTijdstip } from "@/lib/domain/datum";
import { dashboardSleutel } from "@/lib/ui/inhoud-sleutel";

interface Stand {
  /** The fingerprint of what the dashboard shows (lib/ui/inhoud-sleutel.ts). */
  sleutel: string;
  bijgewerktOp: string;
}

async function haalStand(): Promise<Stand> {
  const res = await fetch("/api/v1/dashboard", { headers: { accept: "application/json", "x-beslisroute-achtergrond": "1" } });
  if (!res.ok) throw new Error(`Laden mislukt (${res.status})`);
  const d = (await res.json()) as { taken: unknown; vergaderingen: unknown; perStatus: unknown; bijgewerktOp: string };
  return { sleutel: dashboardSleutel(d), bijgewerktOp: d.bijgewerktOp };
}

export function Verversen(weergegeven: Stand) {
  const router = useRouter();
  const { data, isError } = useQuery({
    queryKey: ["dashboard-stand"],
    queryFn: haalStand,
    // What the server rendered is the first answer: nothing is fetched on load.
    initialData: weergegeven,
    initialDataUpdatedAt: Date.parse(weergegeven.bijgewerktOp),
    staleTime: 25_000,
    refetchInterval: 30_000,
  });
  const gevraagd = useRef<string | null>(null);
  useEffect(() => {
    // One refresh per change: the new render brings the new sleutel, and the two agree again.
    if (data.sleutel !== weergegeven.sleutel && gevraagd.current !== data.sleutel) {
      gevraagd.current = data.sleutel;
      router.refresh();
    }
  }, [data.sleutel, weergegeven.sleutel, router]);
  return (
    <p className="br-bijgewerkt" aria-live="polite">
      Bijgewerkt {formatTijdstip(new Date(data.bijgewerktOp))}
      {isError ? " — verversen mislukt, we proberen het opnieuw." : ""}
    </p>
  );
}
