-- CreateEnum
CREATE TYPE "AfleveringStatus" AS ENUM ('pending', 'afgeleverd', 'mislukt', 'opgegeven');

-- AlterEnum
ALTER TYPE "TokenScope" ADD VALUE 'webhooks';

-- CreateTable
CREATE TABLE "WebhookAbonnement" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "omschrijving" TEXT,
    "eventtypes" TEXT[],
    "geheim" TEXT NOT NULL,
    "eigenaarId" UUID NOT NULL,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gewijzigdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookAbonnement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAflevering" (
    "id" UUID NOT NULL,
    "volgnummer" BIGSERIAL NOT NULL,
    "abonnementId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "notaId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "status" "AfleveringStatus" NOT NULL DEFAULT 'pending',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "volgendePoging" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "geclaimdTot" TIMESTAMPTZ(3),
    "laatsteHttpStatus" INTEGER,
    "laatsteFout" TEXT,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "laatstePogingOp" TIMESTAMPTZ(3),
    "afgeleverdOp" TIMESTAMPTZ(3),
    "opgegevenOp" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookAflevering_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookAbonnement_eigenaarId_idx" ON "WebhookAbonnement"("eigenaarId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookAflevering_volgnummer_key" ON "WebhookAflevering"("volgnummer");

-- CreateIndex
CREATE INDEX "WebhookAflevering_status_volgendePoging_idx" ON "WebhookAflevering"("status", "volgendePoging");

-- CreateIndex
CREATE INDEX "WebhookAflevering_abonnementId_notaId_volgnummer_idx" ON "WebhookAflevering"("abonnementId", "notaId", "volgnummer");

-- CreateIndex
CREATE INDEX "WebhookAflevering_abonnementId_aangemaaktOp_idx" ON "WebhookAflevering"("abonnementId", "aangemaaktOp");

-- AddForeignKey
ALTER TABLE "WebhookAbonnement" ADD CONSTRAINT "WebhookAbonnement_eigenaarId_fkey" FOREIGN KEY ("eigenaarId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAflevering" ADD CONSTRAINT "WebhookAflevering_abonnementId_fkey" FOREIGN KEY ("abonnementId") REFERENCES "WebhookAbonnement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
