/* podium-test-util.h — what several test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podium-model.h"

G_BEGIN_DECLS

/* The bundled example (data/examples/austauschtreffen.podium.json), read from
 * $PODIUM_SOURCE_ROOT; fails the test if it cannot be read.
 */
PodiumDocument *podium_test_load_example (void);

/* Runs the default main context for @ms milliseconds: time for a window to lay out
 * and draw, or for the X server to deliver what xdotool sent */
void            podium_test_spin         (guint ms);

G_END_DECLS
