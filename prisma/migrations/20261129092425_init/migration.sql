-- CreateEnum
CREATE TYPE "OrganisatieSoort" AS ENUM ('ministerie', 'dg', 'directie', 'afdeling');

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('opsteller', 'parafeerder', 'bewindspersoon', 'bestuursondersteuning', 'mr_coordinator', 'parlementaire_zaken', 'woo_coordinator', 'beheerder', 'lezer');

-- CreateEnum
CREATE TYPE "MrVergaderingSoort" AS ENUM ('regulier', 'extra');

-- CreateEnum
CREATE TYPE "NotaSoort" AS ENUM ('ter_beslissing', 'ter_informatie');

-- CreateEnum
CREATE TYPE "NotaStatus" AS ENUM ('concept', 'in_paraaf', 'retour', 'bij_bewindspersoon', 'besloten', 'afgewezen', 'kennisgenomen', 'aangemeld_mr', 'mr_besloten', 'verzonden', 'gepubliceerd', 'ingetrokken');

-- CreateEnum
CREATE TYPE "BijlageInformatie" AS ENUM ('openbaar', 'deels_openbaar', 'niet_openbaar', 'reeds_openbaar');

-- CreateEnum
CREATE TYPE "BeslispuntOordeel" AS ENUM ('akkoord', 'niet_akkoord', 'gewijzigd_akkoord');

-- CreateEnum
CREATE TYPE "ParaafOordeel" AS ENUM ('akkoord', 'akkoord_met_opmerkingen', 'niet_akkoord');

-- CreateEnum
CREATE TYPE "MrUitkomst" AS ENUM ('akkoord', 'aanvaard_met_wijzigingen', 'aangehouden', 'besproken_zonder_conclusie', 'teruggetrokken');

-- CreateTable
CREATE TABLE "Organisatieonderdeel" (
    "id" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "afkorting" TEXT,
    "soort" "OrganisatieSoort" NOT NULL,
    "parentId" UUID,
    "tooiUri" TEXT,

    CONSTRAINT "Organisatieonderdeel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gebruiker" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "initialen" TEXT,
    "functie" TEXT,
    "ambtstitel" TEXT,
    "telefoon" TEXT,
    "wachtwoordHash" TEXT NOT NULL,
    "rollen" "Rol"[],
    "organisatieonderdeelId" UUID NOT NULL,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gebruiker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vervanging" (
    "id" UUID NOT NULL,
    "gebruikerId" UUID NOT NULL,
    "vervangerId" UUID NOT NULL,
    "van" DATE NOT NULL,
    "tot" DATE NOT NULL,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vervanging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" UUID NOT NULL,
    "gebruikerId" UUID NOT NULL,
    "naam" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "laatstGebruiktOp" TIMESTAMPTZ(3),
    "ingetrokkenOp" TIMESTAMPTZ(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InlogPoging" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "tijdstip" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InlogPoging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MrVergadering" (
    "id" UUID NOT NULL,
    "datum" DATE NOT NULL,
    "soort" "MrVergaderingSoort" NOT NULL DEFAULT 'regulier',
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MrVergadering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KenmerkTeller" (
    "prefix" TEXT NOT NULL,
    "jaar" INTEGER NOT NULL,
    "laatste" INTEGER NOT NULL,

    CONSTRAINT "KenmerkTeller_pkey" PRIMARY KEY ("prefix","jaar")
);

-- CreateTable
CREATE TABLE "Nota" (
    "id" UUID NOT NULL,
    "kenmerk" TEXT NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "soort" "NotaSoort" NOT NULL,
    "aanId" UUID NOT NULL,
    "vanId" UUID NOT NULL,
    "opstellerId" UUID NOT NULL,
    "contactpersoonId" UUID,
    "uitersteBeslisdatum" DATE,
    "deadlineReden" TEXT,
    "rubricering" TEXT,
    "mrBehandeling" BOOLEAN NOT NULL DEFAULT false,
    "kamerbrief" BOOLEAN NOT NULL DEFAULT false,
    "aanleiding" TEXT NOT NULL DEFAULT '',
    "kern" TEXT NOT NULL DEFAULT '',
    "toelichting" TEXT NOT NULL DEFAULT '',
    "politiekeContext" TEXT,
    "nietOpenbaar" TEXT NOT NULL DEFAULT 'NVT',
    "motivering" TEXT NOT NULL DEFAULT '',
    "status" "NotaStatus" NOT NULL DEFAULT 'concept',
    "versie" INTEGER NOT NULL DEFAULT 1,
    "besluitOp" TIMESTAMPTZ(3),
    "besluitDoorId" UUID,
    "besluitNamensId" UUID,
    "intrekReden" TEXT,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gewijzigdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Nota_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Beslispunt" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "tekst" TEXT NOT NULL,
    "oordeel" "BeslispuntOordeel",
    "wijziging" TEXT,

    CONSTRAINT "Beslispunt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bijlage" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "volgnummer" INTEGER NOT NULL,
    "naam" TEXT NOT NULL,
    "informatie" "BijlageInformatie" NOT NULL,
    "gronden" TEXT[],
    "vindplaats" TEXT,
    "bestandsnaam" TEXT,
    "mimeType" TEXT,
    "grootte" INTEGER,
    "sha256" TEXT,
    "inhoud" BYTEA,
    "geuploadOp" TIMESTAMPTZ(3),

    CONSTRAINT "Bijlage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaVersie" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "versie" INTEGER NOT NULL,
    "aanleiding" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" UUID,

    CONSTRAINT "NotaVersie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paraafronde" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "nummer" INTEGER NOT NULL,
    "versie" INTEGER NOT NULL,
    "gestartOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "afgerondOp" TIMESTAMPTZ(3),

    CONSTRAINT "Paraafronde_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paraafstap" (
    "id" UUID NOT NULL,
    "rondeId" UUID NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "rol" TEXT NOT NULL,
    "toegewezenAanId" UUID NOT NULL,
    "deadline" DATE,
    "oordeel" "ParaafOordeel",
    "opmerking" TEXT,
    "geparafeerdOp" TIMESTAMPTZ(3),
    "uitgevoerdDoorId" UUID,
    "versie" INTEGER NOT NULL,

    CONSTRAINT "Paraafstap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Annotatie" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "tekst" TEXT NOT NULL,
    "openbaar" BOOLEAN NOT NULL DEFAULT true,
    "auteurId" UUID NOT NULL,
    "namensId" UUID,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Annotatie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MrAgendapunt" (
    "id" UUID NOT NULL,
    "vergaderingId" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "aangemeldOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "aangemeldDoorId" UUID NOT NULL,
    "rondgezondenOp" DATE NOT NULL,
    "motivering" TEXT,
    "uitkomst" "MrUitkomst",
    "toelichting" TEXT,
    "uitkomstOp" TIMESTAMPTZ(3),

    CONSTRAINT "MrAgendapunt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kamerbrief" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "datum" DATE,
    "betreft" TEXT NOT NULL,
    "onsKenmerk" TEXT NOT NULL,
    "uwKenmerk" TEXT,
    "aanhef" TEXT NOT NULL DEFAULT 'Geachte voorzitter,',
    "tekst" TEXT NOT NULL,
    "slot" TEXT,
    "ondertekenaarId" UUID NOT NULL,
    "gewijzigdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Kamerbrief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verzending" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "verzondenOp" DATE NOT NULL,
    "verzondenDoorId" UUID NOT NULL,
    "tkDocumentnummer" TEXT,
    "tkZaaknummer" TEXT,
    "dossiernummer" TEXT,
    "ondernummer" INTEGER,
    "vergaderjaar" TEXT,

    CONSTRAINT "Verzending_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "seq" BIGSERIAL NOT NULL,
    "tijdstip" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "namensId" UUID,
    "actie" TEXT NOT NULL,
    "notaId" UUID,
    "vanStatus" "NotaStatus",
    "naarStatus" "NotaStatus",
    "versie" INTEGER,
    "voor" JSONB,
    "na" JSONB,
    "requestId" TEXT,
    "vorigeHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Outbox" (
    "id" UUID NOT NULL,
    "soort" TEXT NOT NULL DEFAULT 'email',
    "aan" TEXT NOT NULL,
    "onderwerp" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "notaId" UUID,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verzondenOp" TIMESTAMPTZ(3),
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "volgendePoging" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "laatsteFout" TEXT,

    CONSTRAINT "Outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisatieonderdeel_parentId_naam_key" ON "Organisatieonderdeel"("parentId", "naam");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_email_key" ON "Gebruiker"("email");

-- CreateIndex
CREATE INDEX "Vervanging_vervangerId_van_tot_idx" ON "Vervanging"("vervangerId", "van", "tot");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "InlogPoging_email_tijdstip_idx" ON "InlogPoging"("email", "tijdstip");

-- CreateIndex
CREATE UNIQUE INDEX "MrVergadering_datum_key" ON "MrVergadering"("datum");

-- CreateIndex
CREATE UNIQUE INDEX "Nota_kenmerk_key" ON "Nota"("kenmerk");

-- CreateIndex
CREATE INDEX "Nota_status_idx" ON "Nota"("status");

-- CreateIndex
CREATE INDEX "Nota_vanId_status_idx" ON "Nota"("vanId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Beslispunt_notaId_volgnummer_key" ON "Beslispunt"("notaId", "volgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "Bijlage_notaId_volgnummer_key" ON "Bijlage"("notaId", "volgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "NotaVersie_notaId_versie_key" ON "NotaVersie"("notaId", "versie");

-- CreateIndex
CREATE UNIQUE INDEX "Paraafronde_notaId_nummer_key" ON "Paraafronde"("notaId", "nummer");

-- CreateIndex
CREATE INDEX "Paraafstap_toegewezenAanId_oordeel_idx" ON "Paraafstap"("toegewezenAanId", "oordeel");

-- CreateIndex
CREATE INDEX "MrAgendapunt_vergaderingId_idx" ON "MrAgendapunt"("vergaderingId");

-- CreateIndex
CREATE INDEX "MrAgendapunt_notaId_idx" ON "MrAgendapunt"("notaId");

-- CreateIndex
CREATE UNIQUE INDEX "Kamerbrief_notaId_key" ON "Kamerbrief"("notaId");

-- CreateIndex
CREATE UNIQUE INDEX "Verzending_notaId_key" ON "Verzending"("notaId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_notaId_seq_idx" ON "AuditEvent"("notaId", "seq");

-- CreateIndex
CREATE INDEX "Outbox_verzondenOp_volgendePoging_idx" ON "Outbox"("verzondenOp", "volgendePoging");

-- AddForeignKey
ALTER TABLE "Organisatieonderdeel" ADD CONSTRAINT "Organisatieonderdeel_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisatieonderdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gebruiker" ADD CONSTRAINT "Gebruiker_organisatieonderdeelId_fkey" FOREIGN KEY ("organisatieonderdeelId") REFERENCES "Organisatieonderdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vervanging" ADD CONSTRAINT "Vervanging_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vervanging" ADD CONSTRAINT "Vervanging_vervangerId_fkey" FOREIGN KEY ("vervangerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_aanId_fkey" FOREIGN KEY ("aanId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_vanId_fkey" FOREIGN KEY ("vanId") REFERENCES "Organisatieonderdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_opstellerId_fkey" FOREIGN KEY ("opstellerId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Nota" ADD CONSTRAINT "Nota_contactpersoonId_fkey" FOREIGN KEY ("contactpersoonId") REFERENCES "Gebruiker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beslispunt" ADD CONSTRAINT "Beslispunt_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bijlage" ADD CONSTRAINT "Bijlage_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotaVersie" ADD CONSTRAINT "NotaVersie_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paraafronde" ADD CONSTRAINT "Paraafronde_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paraafstap" ADD CONSTRAINT "Paraafstap_rondeId_fkey" FOREIGN KEY ("rondeId") REFERENCES "Paraafronde"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paraafstap" ADD CONSTRAINT "Paraafstap_toegewezenAanId_fkey" FOREIGN KEY ("toegewezenAanId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Paraafstap" ADD CONSTRAINT "Paraafstap_uitgevoerdDoorId_fkey" FOREIGN KEY ("uitgevoerdDoorId") REFERENCES "Gebruiker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Annotatie" ADD CONSTRAINT "Annotatie_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrAgendapunt" ADD CONSTRAINT "MrAgendapunt_vergaderingId_fkey" FOREIGN KEY ("vergaderingId") REFERENCES "MrVergadering"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MrAgendapunt" ADD CONSTRAINT "MrAgendapunt_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kamerbrief" ADD CONSTRAINT "Kamerbrief_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verzending" ADD CONSTRAINT "Verzending_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
