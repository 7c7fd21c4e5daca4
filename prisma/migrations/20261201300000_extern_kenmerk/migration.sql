-- AlterTable
ALTER TABLE "Nota" ADD COLUMN     "externDatum" DATE,
ADD COLUMN     "externKenmerk" TEXT;
