-- Digests that fit their overleg: the areas of the region each action lies within, the themes and areas each
-- overleg covers (from the agenda file; empty until the next import: then the old reading applies), and a
-- channel's choice to hold a digest that falls on a Dutch public holiday to the next working day.
-- A channel's language already has its column (channel_link.locale).

-- AlterTable
ALTER TABLE "action" ADD COLUMN     "areas" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "overleg" ADD COLUMN     "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "theme_numbers" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "channel_link" ADD COLUMN     "skip_holidays" BOOLEAN NOT NULL DEFAULT false;
