/* podium-fuzz.h — what every fuzz target asserts about a reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "podium-model.h"

G_BEGIN_DECLS

typedef PodiumDocument *(*PodiumFuzzReader) (GBytes      *bytes,
                                             const char  *display_name,
                                             GError     **error);

/* Reads @data with @reader and aborts unless the readers' rule holds: a refusal has a
 * message in valid UTF-8; a document is written back, read again and written equal, and
 * exports to iCalendar, CSV and both frab formats without a warning.
 */
void podium_fuzz_one (PodiumFuzzReader  reader,
                      const uint8_t    *data,
                      size_t            size);

/* libFuzzer's entry points, defined by each target */
int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

G_END_DECLS
