-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "agendaTokenHash" TEXT;

-- CreateTable
CREATE TABLE "Weglakking" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "tekst" TEXT NOT NULL,
    "grond" TEXT NOT NULL,
    "doorId" UUID NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Weglakking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publicatie" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "gepubliceerdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doorId" UUID NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "inhoud" BYTEA NOT NULL,

    CONSTRAINT "Publicatie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Weglakking_notaId_idx" ON "Weglakking"("notaId");

-- CreateIndex
CREATE UNIQUE INDEX "Publicatie_notaId_key" ON "Publicatie"("notaId");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_agendaTokenHash_key" ON "Gebruiker"("agendaTokenHash");

-- AddForeignKey
ALTER TABLE "Weglakking" ADD CONSTRAINT "Weglakking_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publicatie" ADD CONSTRAINT "Publicatie_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;
