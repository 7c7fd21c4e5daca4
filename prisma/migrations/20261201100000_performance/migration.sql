-- Performance at a million notas (issue 8). Prisma-generated parts plus hand-written SQL for what
-- the schema language cannot express: the pg_trgm extension, the STORED generated search vector,
-- and the statement-level triggers that keep "NotaTelling" (counts per status) up to date.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Nota_status_idx";

-- AlterTable
-- The same text the search has always tokenised per query, now tokenised once per write, by a
-- trigger (a GENERATED column would read to Prisma's differ as a default it wants to drop).
ALTER TABLE "Nota" ADD COLUMN "zoekvector" tsvector;

CREATE FUNCTION nota_zoekvector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.zoekvector := to_tsvector('dutch'::regconfig, NEW.kenmerk || ' ' || NEW.onderwerp || ' ' || NEW.aanleiding || ' ' || NEW.kern || ' ' || NEW.toelichting || ' ' || coalesce(NEW."politiekeContext", '') || ' ' || NEW.motivering);
  RETURN NEW;
END;
$$;

CREATE TRIGGER nota_zoekvector BEFORE INSERT OR UPDATE OF kenmerk, onderwerp, aanleiding, kern, toelichting, "politiekeContext", motivering ON "Nota"
  FOR EACH ROW EXECUTE FUNCTION nota_zoekvector();

UPDATE "Nota" SET kenmerk = kenmerk;

-- CreateTable
CREATE TABLE "Download" (
    "id" BIGSERIAL NOT NULL,
    "tijdstip" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID NOT NULL,
    "actie" TEXT NOT NULL,
    "notaId" UUID,
    "versie" INTEGER,
    "bestandsnaam" TEXT NOT NULL,
    "grootte" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "extra" JSONB,
    "requestId" TEXT,

    CONSTRAINT "Download_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotaTelling" (
    "status" "NotaStatus" NOT NULL,
    "vanId" UUID NOT NULL,
    "geheim" BOOLEAN NOT NULL,
    "aantal" BIGINT NOT NULL,

    CONSTRAINT "NotaTelling_pkey" PRIMARY KEY ("status","vanId","geheim")
);

-- CreateIndex
CREATE INDEX "Download_notaId_id_idx" ON "Download"("notaId", "id");

-- CreateIndex
CREATE INDEX "Download_actorId_id_idx" ON "Download"("actorId", "id");

-- CreateIndex
CREATE INDEX "Annotatie_notaId_idx" ON "Annotatie"("notaId");

-- CreateIndex
CREATE INDEX "Nota_gewijzigdOp_id_idx" ON "Nota"("gewijzigdOp" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Nota_status_gewijzigdOp_id_idx" ON "Nota"("status", "gewijzigdOp" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Nota_vanId_gewijzigdOp_id_idx" ON "Nota"("vanId", "gewijzigdOp" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Nota_aanId_gewijzigdOp_id_idx" ON "Nota"("aanId", "gewijzigdOp" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Nota_onderwerp_kenmerk_idx" ON "Nota"("onderwerp", "kenmerk");

-- CreateIndex
CREATE INDEX "Nota_opstellerId_status_idx" ON "Nota"("opstellerId", "status");

-- CreateIndex
CREATE INDEX "Nota_status_mrBehandeling_kamerbrief_idx" ON "Nota"("status", "mrBehandeling", "kamerbrief");

-- CreateIndex
CREATE INDEX "Nota_status_aanId_idx" ON "Nota"("status", "aanId");

-- DropIndex
DROP INDEX "MrAgendapunt_vergaderingId_idx";

-- CreateIndex
CREATE INDEX "MrAgendapunt_vergaderingId_uitkomst_idx" ON "MrAgendapunt"("vergaderingId", "uitkomst");

-- CreateIndex
CREATE INDEX "Nota_rubricering_status_idx" ON "Nota"("rubricering", "status");

-- CreateIndex
CREATE INDEX "Nota_contactpersoonId_idx" ON "Nota"("contactpersoonId");

-- CreateIndex
CREATE INDEX "Nota_zoekvector_idx" ON "Nota" USING GIN ("zoekvector");

-- CreateIndex
CREATE INDEX "Nota_kenmerk_idx" ON "Nota" USING GIN ("kenmerk" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Paraafstap_rondeId_idx" ON "Paraafstap"("rondeId");

-- AddForeignKey
ALTER TABLE "Download" ADD CONSTRAINT "Download_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Counts per status without scanning the notas: maintained per statement (bulk loads stay cheap).
INSERT INTO "NotaTelling" (status, "vanId", geheim, aantal)
SELECT status, "vanId", rubricering IS NOT NULL, count(*) FROM "Nota" GROUP BY 1, 2, 3;

CREATE FUNCTION nota_telling_bij() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "NotaTelling" (status, "vanId", geheim, aantal)
    SELECT status, "vanId", rubricering IS NOT NULL, -count(*) FROM oud GROUP BY 1, 2, 3
    ON CONFLICT (status, "vanId", geheim) DO UPDATE SET aantal = "NotaTelling".aantal + EXCLUDED.aantal;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "NotaTelling" (status, "vanId", geheim, aantal)
    SELECT status, "vanId", rubricering IS NOT NULL, count(*) FROM nieuw GROUP BY 1, 2, 3
    ON CONFLICT (status, "vanId", geheim) DO UPDATE SET aantal = "NotaTelling".aantal + EXCLUDED.aantal;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER nota_telling_insert AFTER INSERT ON "Nota" REFERENCING NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION nota_telling_bij();
CREATE TRIGGER nota_telling_update AFTER UPDATE ON "Nota" REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw
  FOR EACH STATEMENT EXECUTE FUNCTION nota_telling_bij();
CREATE TRIGGER nota_telling_delete AFTER DELETE ON "Nota" REFERENCING OLD TABLE AS oud
  FOR EACH STATEMENT EXECUTE FUNCTION nota_telling_bij();

-- Status and the two flags are correlated (a besloten nota with a Kamerbrief and no MR is rare):
-- without multivariate statistics the planner expects thousands of task candidates and scans.
CREATE STATISTICS "Nota_status_vlaggen" (mcv) ON status, "mrBehandeling", kamerbrief FROM "Nota";
