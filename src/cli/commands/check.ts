/** `medfacts check`: runs the checks and reports findings. Returns the exit code. */
export async function checkCommand(args: string[]): Promise<number> {
  void args;
  process.stderr.write('medfacts: check is not implemented yet\n');
  return 2;
}
