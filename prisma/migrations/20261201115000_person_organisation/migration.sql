-- People as data (issue 13): the organisation a person works for, from the people file.
ALTER TABLE "person" ADD COLUMN "organisation" TEXT;
