/* fuzz-frab-json.c — the frab/c3voc schedule.json reader under libFuzzer (or replaying a corpus)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podium-frab.h"
#include "podium-fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  podium_fuzz_one (podium_frab_json_read, data, size);
  return 0;
}
