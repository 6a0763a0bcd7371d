#include <array>

#include "entities/name_tables.h"

namespace dateline::entities {
namespace {

// names, home country. Only peoples that news names as parties to conflicts.
constexpr std::array kPeoples = {
    PeopleRecord{"Kurdish|Kurd|Kurds", ""},    PeopleRecord{"Uyghur|Uyghurs|Uighur|Uighurs", "CHN"},
    PeopleRecord{"Rohingya|Rohingyas", "MMR"}, PeopleRecord{"Yazidi|Yazidis|Yezidi|Yezidis", "IRQ"},
    PeopleRecord{"Hazara|Hazaras", "AFG"},     PeopleRecord{"Baloch|Baluch|Balochs|Baluchs", "PAK"},
};

}  // namespace

std::span<const PeopleRecord> PeopleRecords() { return kPeoples; }

}  // namespace dateline::entities
