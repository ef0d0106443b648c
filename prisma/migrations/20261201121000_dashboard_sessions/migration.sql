-- Keys the service generates once and shares between instances: the web dashboard signs its sign-in links and
-- session cookies with the key 'dashboard' when DASHBOARD_SECRET is not set.
-- CreateTable
CREATE TABLE "app_secret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_secret_pkey" PRIMARY KEY ("name")
);
