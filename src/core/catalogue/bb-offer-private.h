/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by bb-offer.c (the fields the form edits, with their properties) and
 * bb-offer-children.c (the lists and details an offer holds). */

#include "bb-offer.h"

G_BEGIN_DECLS

struct _BbOffer
{
  GObject        parent_instance;

  gint64         id;
  char          *uuid;
  char          *title;
  char          *summary;
  char          *description;
  BbProvider    *provider;
  char          *legal_basis;
  int            age_min;
  int            age_max;
  BbAccess       access;
  int            capacity;
  int            waiting_weeks;
  char          *location;
  char          *opening_hours;
  BbOfferStatus  status;
  char          *reviewed;
  char          *keywords;
  char          *created;
  char          *modified;

  GListStore    *target_groups;
  GListStore    *steps;
  GListStore    *contacts;

  BbOfferDetails *details;
};

G_END_DECLS
