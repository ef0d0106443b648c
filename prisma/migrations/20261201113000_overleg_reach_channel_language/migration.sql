-- Digests that fit their overleg: the areas of the region each action lies within, the themes and areas each
-- overleg covers (from the agenda file; empty until the next import: then the old reading applies).

-- AlterTable
ALTER TABLE "action" ADD COLUMN     "areas" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "overleg" ADD COLUMN     "areas" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "theme_numbers" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
