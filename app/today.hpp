#pragma once
// Today's date where the user is: the local calendar day, not UTC's (a report run at 01:00 in
// Helsinki is of today, not of yesterday).

#include "core/date.hpp"

namespace polku::app {

Date today();

}  // namespace polku::app
