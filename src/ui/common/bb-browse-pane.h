/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A searchable list beside the item chosen in it, as the offers, courses and plans
 * views show them: a leaflet whose two panes take turns on a narrow window (a back
 * button, Escape, a click or Enter on a row), a search entry that typing anywhere in
 * the window reaches while the view is shown, Down from the search to the first
 * result, the list's empty and no-results pages, the selection kept by id through
 * every reload of the list, and the toasts over it all.
 *
 * The view's template fills it with children of these types:
 *   "list-start"   in the list's header row, before the search entry (a New button)
 *   "list-end"     after the search entry (filter and menu buttons)
 *   "list-top"     rows under the header row (a caseload switch, the filter bar)
 *   "list-bottom"  under the list (a count)
 *   "empty"        the list's page when there is nothing at all (see has-items)
 *   "no-results"   its page when the search and filters let nothing through
 *   "notice"       a page shown instead of both while notice-shown is set
 *   "detail-end"   the detail's header row, after the back button and a gap
 *   "none"         the detail's page while no item is shown (see item-shown)
 *   "detail"       the detail's page for the item shown
 * Objects the children name (popovers, menus) and their signal handlers stay in the
 * view's own template, which builds them.
 *
 * Properties for the template: "search-placeholder" (also the search entry's
 * accessible name), "list-label" (the list's accessible name), and "has-items",
 * "notice-shown", "item-shown", "detail-visible" as set below; "selected-id" and
 * "folded" to bind to. Signal: "search-changed" (see bb_browse_pane_get_search_text). */

#define BB_TYPE_BROWSE_PANE (bb_browse_pane_get_type ())

G_DECLARE_FINAL_TYPE (BbBrowsePane, bb_browse_pane, BB, BROWSE_PANE, GtkWidget)

/* The lists hold ids and make an item only when asked for it, so the pane keeps the
 * selection through them: the id at @position, and the position of @id (G_MAXUINT
 * when the list does not hold it). */
typedef gint64 (*BbBrowsePaneGetIdFunc) (GListModel *model,
                                         guint       position);
typedef guint  (*BbBrowsePaneFindFunc)  (GListModel *model,
                                         gint64      id);

BbBrowsePane   *bb_browse_pane_new                (void);

/* @model's items-changed may replace every row: the pane selects the same id again
 * afterwards, or none (selected-id then notifies 0). Handlers the view connects
 * after this call to @model's items-changed with G_CONNECT_AFTER see the selection
 * already restored. NULL empties the list. */
void            bb_browse_pane_set_model          (BbBrowsePane          *self,
                                                   GListModel            *model,
                                                   BbBrowsePaneGetIdFunc  get_id,
                                                   BbBrowsePaneFindFunc   find);
GListModel     *bb_browse_pane_get_model          (BbBrowsePane          *self);
void            bb_browse_pane_set_factory        (BbBrowsePane          *self,
                                                   GtkListItemFactory    *factory);

/* The id of the selected row, 0 for none; notifies on every change. */
gint64          bb_browse_pane_get_selected_id    (BbBrowsePane          *self);
/* Selects the row of @id and scrolls to it; FALSE when the list (as searched and
 * filtered now) does not hold it. */
gboolean        bb_browse_pane_select             (BbBrowsePane          *self,
                                                   gint64                 id);
/* As bb_browse_pane_select (), and moves the keyboard focus to the row once the list
 * has laid it out. */
gboolean        bb_browse_pane_focus              (BbBrowsePane          *self,
                                                   gint64                 id);
void            bb_browse_pane_unselect           (BbBrowsePane          *self);
/* After a row at @position went (deleted, Undo pending), the list is shown and a
 * keyboard user goes on from the row that took its place, the one before when it was
 * the last, or the search when the list is empty now. */
void            bb_browse_pane_focus_after_removal (BbBrowsePane         *self,
                                                    guint                 position);

/* Whether there is anything to list at all, whatever the search and filters: without,
 * the search is hidden and typing does not reach it, and the "empty" page shows;
 * with, an empty list shows "no-results". */
void            bb_browse_pane_set_has_items      (BbBrowsePane          *self,
                                                   gboolean               has_items);
gboolean        bb_browse_pane_get_has_items      (BbBrowsePane          *self);
/* The "notice" page instead of the list (a caseload with nobody to show it for). */
void            bb_browse_pane_set_notice_shown   (BbBrowsePane          *self,
                                                   gboolean               shown);
/* The view has loaded the selected item into its "detail" page: TRUE shows that page,
 * FALSE the "none" page. */
void            bb_browse_pane_set_item_shown     (BbBrowsePane          *self,
                                                   gboolean               shown);
gboolean        bb_browse_pane_get_item_shown     (BbBrowsePane          *self);
/* FALSE leaves the whole width to the list pane, detail and all hidden (an empty
 * catalogue's welcome). TRUE by default. */
void            bb_browse_pane_set_detail_visible (BbBrowsePane          *self,
                                                   gboolean               visible);

/* The search as typed; "search-changed" is emitted after the list has scrolled back
 * to the top, for the view to ask its list again. */
const char     *bb_browse_pane_get_search_text    (BbBrowsePane          *self);
void            bb_browse_pane_set_search_text    (BbBrowsePane          *self,
                                                   const char            *text);
/* Shows the list and puts the focus in the search entry. */
void            bb_browse_pane_focus_search       (BbBrowsePane          *self);

/* On a narrow window the list and the detail take turns; both are no-ops when wide. */
void            bb_browse_pane_show_list          (BbBrowsePane          *self);
void            bb_browse_pane_show_detail        (BbBrowsePane          *self);
/* What Escape does: from the detail of a narrow window back to the list with the
 * focus on it; FALSE when there was nothing to go back from. */
gboolean        bb_browse_pane_go_back            (BbBrowsePane          *self);
gboolean        bb_browse_pane_get_folded         (BbBrowsePane          *self);

/* For shortcuts of the view's own: Ctrl+N on the list pane only, Delete on the rows. */
GtkWidget      *bb_browse_pane_get_list_pane      (BbBrowsePane          *self);
GtkListView    *bb_browse_pane_get_list_view      (BbBrowsePane          *self);
GtkSearchEntry *bb_browse_pane_get_search_entry   (BbBrowsePane          *self);

/* A note that goes by itself after a few seconds. */
void            bb_browse_pane_show_toast         (BbBrowsePane          *self,
                                                   const char            *title);
/* An error, which stays until dismissed. */
void            bb_browse_pane_show_error         (BbBrowsePane          *self,
                                                   const GError          *error);
void            bb_browse_pane_add_toast          (BbBrowsePane          *self,
                                                   AdwToast              *toast);

G_END_DECLS
