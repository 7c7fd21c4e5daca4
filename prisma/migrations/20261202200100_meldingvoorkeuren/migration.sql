-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "mailBijTaak" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "mailBijVervanging" BOOLEAN NOT NULL DEFAULT true;
