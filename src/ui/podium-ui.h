/* podium-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void   podium_ui_register_resources (void);
/* (transfer full): the bundled example, installed or in the source tree ($PODIUM_EXAMPLE
 * overrides it) */
GFile *podium_ui_get_example_file    (void);

G_END_DECLS
