-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('lezen', 'schrijven');

-- CreateEnum
CREATE TYPE "SessieSoort" AS ENUM ('wachtwoord', 'sso');

-- AlterTable: tokens made before scopes and expiry keep the rights they had (schrijven) and
-- expire 90 days from now; new tokens default to lezen.
ALTER TABLE "ApiToken" ADD COLUMN     "scope" "TokenScope" NOT NULL DEFAULT 'schrijven',
ADD COLUMN     "verlooptOp" TIMESTAMPTZ(3) NOT NULL DEFAULT (CURRENT_TIMESTAMP + interval '90 days');
ALTER TABLE "ApiToken" ALTER COLUMN "scope" SET DEFAULT 'lezen', ALTER COLUMN "verlooptOp" DROP DEFAULT;

-- DropTable
DROP TABLE "InlogPoging";

-- CreateTable
CREATE TABLE "Sessie" (
    "id" UUID NOT NULL,
    "gebruikerId" UUID NOT NULL,
    "soort" "SessieSoort" NOT NULL DEFAULT 'wachtwoord',
    "aangemaaktOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "authTijdstip" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "laatstActiefOp" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verlooptOp" TIMESTAMPTZ(3) NOT NULL,
    "ingetrokkenOp" TIMESTAMPTZ(3),
    "intrekReden" TEXT,

    CONSTRAINT "Sessie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" TIMESTAMPTZ(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Sessie_gebruikerId_idx" ON "Sessie"("gebruikerId");

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- CreateIndex
CREATE INDEX "ApiToken_gebruikerId_idx" ON "ApiToken"("gebruikerId");

-- AddForeignKey
ALTER TABLE "Sessie" ADD CONSTRAINT "Sessie_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
