#include <array>

#include "entities/name_tables.h"

namespace dateline::entities {
namespace {

// names, home country. Only peoples that news names as parties to conflicts.
constexpr std::array kPeoples = {
    PeopleRecord{"Kurdish|Kurd|Kurds", ""},
    PeopleRecord{"Uyghur|Uyghurs|Uighur|Uighurs", "CHN"},
    PeopleRecord{"Rohingya|Rohingyas", "MMR"},
    PeopleRecord{"Yazidi|Yazidis|Yezidi|Yezidis", "IRQ"},
    PeopleRecord{"Hazara|Hazaras", "AFG"},
    PeopleRecord{"Baloch|Baluch|Balochs|Baluchs", "PAK"},
    PeopleRecord{"Igbo|Igbos|Ibo|Ibos", "NGA"},
    PeopleRecord{"Hausa|Hausas", "NGA"},
    PeopleRecord{"Yoruba|Yorubas", "NGA"},
    PeopleRecord{"Fulani|Fulanis", "NGA"},
    PeopleRecord{"Tigrayan|Tigrayans", "ETH"},
    PeopleRecord{"Amhara|Amharas", "ETH"},
    PeopleRecord{"Oromo|Oromos", "ETH"},
    PeopleRecord{"Tuareg|Tuaregs", "MLI"},
};

}  // namespace

std::span<const PeopleRecord> PeopleRecords() { return kPeoples; }

}  // namespace dateline::entities
