// OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set (off by default). Next.js makes
// the spans of each request (route, render) as soon as a tracer provider is registered; the pg
// instrumentation adds one span per database query under them. Exported over OTLP/HTTP (JSON) in
// batches. Started first in instrumentation.ts, before anything loads the pg driver.
import { context, propagation, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from "@opentelemetry/core";
import { BatchSpanProcessor, TracerProvider } from "@opentelemetry/sdk-trace";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";

let provider: TracerProvider | undefined;

/** endpoint: the collector's base URL (…:4318); traces go to <endpoint>/v1/traces. */
export function startTracing(endpoint: string, opts: { serviceName?: string; flushMs?: number } = {}): TracerProvider {
  if (provider) return provider;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] }));
  provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": opts.serviceName ?? "beslisroute" }),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, "")}/v1/traces` }), scheduledDelayMillis: opts.flushMs ?? 2000 })],
  });
  trace.setGlobalTracerProvider(provider);
  // Query text is kept (it has parameters, never values); no row data.
  registerInstrumentations({ tracerProvider: provider, instrumentations: [new PgInstrumentation({ enhancedDatabaseReporting: false })] });
  return provider;
}

/** Sends what is buffered (on shutdown). */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown().catch(() => {});
}
