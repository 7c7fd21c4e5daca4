-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSubject" TEXT;

-- AlterTable
ALTER TABLE "Sessie" ADD COLUMN     "ssoIdToken" TEXT,
ADD COLUMN     "ssoSid" TEXT;

-- CreateTable
CREATE TABLE "SsoGroepKoppeling" (
    "id" UUID NOT NULL,
    "groep" TEXT NOT NULL,
    "rollen" "Rol"[],
    "organisatieonderdeelId" UUID,
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoGroepKoppeling_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SsoGroepKoppeling_groep_key" ON "SsoGroepKoppeling"("groep");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_oidcIssuer_oidcSubject_key" ON "Gebruiker"("oidcIssuer", "oidcSubject");

-- AddForeignKey
ALTER TABLE "SsoGroepKoppeling" ADD CONSTRAINT "SsoGroepKoppeling_organisatieonderdeelId_fkey" FOREIGN KEY ("organisatieonderdeelId") REFERENCES "Organisatieonderdeel"("id") ON DELETE SET NULL ON UPDATE CASCADE;
