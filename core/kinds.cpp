#include "core/kinds.hpp"

namespace polku {

bool is_event_kind(Kind kind) {
    return kind != Kind::self_study;
}

bool is_activity_kind(Kind kind) {
    return kind == Kind::self_study || kind == Kind::coaching || kind == Kind::other;
}

}  // namespace polku
