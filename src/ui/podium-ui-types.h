/* podium-ui-types.h — the UI's widget types, by name only
 *
 * A header that only passes a widget around includes this instead of that widget's
 * header, so no header of src/ui includes another folder's (the dialogs take the window
 * without knowing the window's header, and the window's header knows none of them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PodiumChangesView    PodiumChangesView;
typedef struct _PodiumCollectionView PodiumCollectionView;
typedef struct _PodiumPrintPreview   PodiumPrintPreview;
typedef struct _PodiumScheduleGrid   PodiumScheduleGrid;
typedef struct _PodiumScheduleView   PodiumScheduleView;
typedef struct _PodiumSessionCard    PodiumSessionCard;
typedef struct _PodiumVideoPanel     PodiumVideoPanel;
typedef struct _PodiumWindow         PodiumWindow;

G_END_DECLS
