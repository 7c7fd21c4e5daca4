-- Back-channel logout tokens already used (OpenID Connect Back-Channel Logout 1.0, 2.6 step 8:
-- a replayed logout token is refused). Kept until the token could no longer be accepted anyway
-- (iat + 5 minutes, plus a minute), removed by the next back-channel logout after that.
CREATE TABLE "SsoLogoutToken" (
    "issuer" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "ontvangenOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SsoLogoutToken_pkey" PRIMARY KEY ("issuer", "jti")
);

CREATE INDEX "SsoLogoutToken_verlooptOp_idx" ON "SsoLogoutToken"("verlooptOp");
