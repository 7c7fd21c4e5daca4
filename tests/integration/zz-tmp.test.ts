import { it } from "vitest";
import { getOpenbareVersieVergelijking } from "@/lib/server/publicatie/openbare-versie";
import { seedDemoNotas } from "@/prisma/demo/seed-notas";
import { as, ensureSeed, prisma } from "@/tests/support/fixtures";
it("x", async () => {
  await ensureSeed();
  await seedDemoNotas(prisma);
  const notas = await prisma.nota.findMany({ select: { id: true, kenmerk: true, status: true } });
  for (const n of notas) {
    const v = await getOpenbareVersieVergelijking((await as("beheer")).actor, n.id).catch(() => null);
    process.stdout.write(`NOTA ${n.kenmerk} ${n.status} ${JSON.stringify(v?.kandidaten)} ${JSON.stringify(v?.resterend)}\n`);
  }
}, 120000);
