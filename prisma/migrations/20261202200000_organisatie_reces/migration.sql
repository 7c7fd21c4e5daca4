-- AlterTable
ALTER TABLE "Organisatieonderdeel" ADD COLUMN     "bezoekadres" TEXT,
ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logoType" TEXT,
ADD COLUMN     "postbus" TEXT,
ADD COLUMN     "postcodePlaats" TEXT,
ADD COLUMN     "website" TEXT;

-- CreateTable
CREATE TABLE "MrReces" (
    "jaar" INTEGER NOT NULL,
    "van" DATE NOT NULL,
    "tot" DATE NOT NULL,
    "vastgelegdDoor" UUID NOT NULL,
    "vastgelegdOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MrReces_pkey" PRIMARY KEY ("jaar")
);

-- The postal address the letters took from a table in the code until now (BZK only) becomes data.
UPDATE "Organisatieonderdeel" SET "postbus" = 'Postbus 20011', "postcodePlaats" = '2500 EA Den Haag'
WHERE "tooiUri" = 'https://identifier.overheid.nl/tooi/id/ministerie/mnre1034' AND "postbus" IS NULL;
