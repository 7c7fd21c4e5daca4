import { notaMutation } from "@/lib/server/api";
import { registerForMr } from "@/lib/server/ministerraad/register-for-mr";

export const POST = notaMutation(registerForMr);
