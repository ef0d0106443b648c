-- Issue 13: leads outside chat get their round's message by e-mail (an outbox row with platform 'mail') and
-- answer on a web page without an account (changes recorded with channel 'web').
ALTER TYPE "Platform" ADD VALUE IF NOT EXISTS 'mail';
ALTER TYPE "Channel" ADD VALUE IF NOT EXISTS 'mail';
ALTER TYPE "Channel" ADD VALUE IF NOT EXISTS 'web';
