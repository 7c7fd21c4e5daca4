// The REST API's version (semver; README "Versioning"). The OpenAPI document's info.version and
// the API-Version header on every /api/v1 answer (API-57) both come from here; the major is in the
// base URL (/api/v1, API-20). Bump it with an entry in docs/API-CHANGELOG.md.
export const API_VERSION = "1.2.0";
export const API_BASIS = "/api/v1";
