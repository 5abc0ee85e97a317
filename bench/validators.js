// The validators benchmark: one table per schema set, in one run (`node bench/run.js validators`,
// after `npm run build`). `node bench/run.js validators-chat` or `validators-github` runs one set.
import { benchChatValidators } from "./validators-chat.js";
import { benchGithubValidators } from "./validators-github.js";

export async function benchValidators() {
  await benchChatValidators();
  await benchGithubValidators();
}

if (import.meta.url === `file://${process.argv[1]}`) await benchValidators();
