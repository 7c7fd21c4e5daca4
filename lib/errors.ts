// Application errors and their HTTP form: RFC 9457 problem+json with a Dutch title/detail and a
// machine-readable `code`. Use cases throw AppError; the route handlers turn it into a response.
import type { ZodError } from "zod";

export const errorCodes = {
  VALIDATION_FAILED: { status: 400, title: "De invoer is niet geldig" },
  BAD_REQUEST: { status: 400, title: "Het verzoek is niet geldig" },
  UNAUTHENTICATED: { status: 401, title: "U bent niet ingelogd" },
  RECENT_SIGN_IN_REQUIRED: { status: 401, title: "Log opnieuw in om dit te bevestigen" },
  FORBIDDEN: { status: 403, title: "U mag deze actie niet uitvoeren" },
  NOT_FOUND: { status: 404, title: "Niet gevonden" },
  METHOD_NOT_ALLOWED: { status: 405, title: "Deze methode is hier niet toegestaan" },
  NOT_ACCEPTABLE: { status: 406, title: "Deze vorm is er niet" },
  STALE_VERSION: { status: 409, title: "Iemand anders heeft dit intussen gewijzigd" },
  INVALID_TRANSITION: { status: 409, title: "Deze stap kan in de huidige status niet" },
  NOT_YOUR_TURN: { status: 409, title: "Het is niet uw beurt" },
  CONFLICT: { status: 409, title: "Dit botst met wat er al is" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "Het bestand is te groot" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Dit bestandstype wordt niet ondersteund" },
  PRECONDITION_REQUIRED: { status: 428, title: "De versie ontbreekt (If-Match)" },
  TOO_MANY_ATTEMPTS: { status: 429, title: "Te veel pogingen" },
  TOO_MANY_REQUESTS: { status: 429, title: "Te veel verzoeken" },
  SERVICE_UNAVAILABLE: { status: 503, title: "De dienst is tijdelijk niet beschikbaar" },
  INTERNAL: { status: 500, title: "Er ging iets mis aan onze kant" },
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  /** Dotted path of the field, e.g. "beslispunten.0.tekst". */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors?: FieldError[];
  /** Seconds after which a retry may succeed (429, 503): sent as Retry-After. */
  readonly retryAfter?: number;

  constructor(code: ErrorCode, detail?: string, errors?: FieldError[], opts?: { retryAfter?: number }) {
    super(detail ?? errorCodes[code].title);
    this.name = "AppError";
    this.code = code;
    this.detail = detail ?? errorCodes[code].title;
    this.errors = errors;
    this.retryAfter = opts?.retryAfter;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Field errors from a zod error, with paths joined by dots. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

export function validationError(error: ZodError, detail?: string): AppError {
  const errors = fieldErrors(error);
  return new AppError(
    "VALIDATION_FAILED",
    detail ?? (errors.length === 1 ? errors[0]!.message : `Er zijn ${errors.length} fouten in de invoer.`),
    errors,
  );
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  errors?: FieldError[];
}

export function toProblem(error: AppError, instance?: string): ProblemDetails {
  return {
    type: `https://beslisroute.nl/problemen/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: errorCodes[error.code].title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
  };
}

export function problemResponse(error: AppError, instance?: string, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("content-type", "application/problem+json; charset=utf-8");
  h.set("cache-control", "no-store");
  if (error.retryAfter !== undefined) h.set("retry-after", String(Math.max(1, Math.ceil(error.retryAfter))));
  return new Response(JSON.stringify(toProblem(error, instance)), { status: error.status, headers: h });
}
