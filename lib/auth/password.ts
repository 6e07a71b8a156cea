import bcrypt from "bcryptjs";

// bcrypt, cost 11 by default (~150 ms here): slow for a guesser, fine for a sign-in.
const cost = () => Number(process.env.BCRYPT_COST ?? 11);

export const hashPassword = (plain: string) => bcrypt.hash(plain, cost());
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** A real hash to compare against when the account does not exist: same time either way. */
let dummy: string | undefined;
export async function dummyVerify(plain: string) {
  dummy ??= await bcrypt.hash("not-a-real-password", cost());
  await bcrypt.compare(plain, dummy);
}
