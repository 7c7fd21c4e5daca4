-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "geclaimdTot" TIMESTAMPTZ(3),
ADD COLUMN     "opgegevenOp" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "IdempotentVerzoek" (
    "id" UUID NOT NULL,
    "gebruikerId" UUID NOT NULL,
    "sleutel" VARCHAR(255) NOT NULL,
    "methode" TEXT NOT NULL,
    "pad" TEXT NOT NULL,
    "verzoekHash" TEXT NOT NULL,
    "status" INTEGER,
    "antwoord" BYTEA,
    "kopjes" JSONB,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "IdempotentVerzoek_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdempotentVerzoek_verlooptOp_idx" ON "IdempotentVerzoek"("verlooptOp");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotentVerzoek_gebruikerId_sleutel_key" ON "IdempotentVerzoek"("gebruikerId", "sleutel");

-- Mail that had used up its attempts before this migration counts as given up.
UPDATE "Outbox" SET "opgegevenOp" = now() WHERE "verzondenOp" IS NULL AND pogingen >= 8;
