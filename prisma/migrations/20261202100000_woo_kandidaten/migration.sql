-- CreateTable
CREATE TABLE "KandidaatAfwijzing" (
    "id" UUID NOT NULL,
    "notaId" UUID NOT NULL,
    "tekst" TEXT NOT NULL,
    "reden" TEXT NOT NULL,
    "waar" TEXT NOT NULL,
    "doorId" UUID NOT NULL,
    "op" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KandidaatAfwijzing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "KandidaatAfwijzing_notaId_tekst_key" ON "KandidaatAfwijzing"("notaId", "tekst");

-- AddForeignKey
ALTER TABLE "KandidaatAfwijzing" ADD CONSTRAINT "KandidaatAfwijzing_notaId_fkey" FOREIGN KEY ("notaId") REFERENCES "Nota"("id") ON DELETE CASCADE ON UPDATE CASCADE;
