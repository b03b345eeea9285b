/* fuzz-podium-json.c — the Podium document reader under libFuzzer (or replaying a corpus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-json.h"
#include "podium-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  podium_fuzz_one (podium_json_read_bytes, data, size);
  return 0;
}
