#include <boost/test/unit_test.hpp>

#include "reports/cell_text.hpp"
#include "reports/message_catalogue.hpp"
#include "reports/translation.hpp"
#include "reports/vocabulary.hpp"

using namespace polku;
using namespace polku::reports;

BOOST_AUTO_TEST_SUITE(vocabulary)

BOOST_AUTO_TEST_CASE(every_label_has_a_finnish_translation) {
    BOOST_TEST(catalogue(Language::fi).size() > 100u);
    for (auto id : labelled_ids()) {
        const auto english = label(Language::en, id);
        BOOST_TEST_CONTEXT(id) {
            BOOST_TEST(catalogue(Language::fi).find(english) != nullptr);
        }
    }
}

BOOST_AUTO_TEST_CASE(labels_read_in_the_documents_language) {
    BOOST_TEST(label(Language::fi, "person_training_days") == "Henkilökoulutuspäivät");
    BOOST_TEST(label(Language::en, "person_training_days") == "Person-training days");
    BOOST_TEST(label(Language::fi, "cofunding") == "Euroopan unionin osarahoittama");
    // A free counter's own name has no label: it is shown as it is.
    BOOST_TEST(label(Language::fi, "webinars_recorded") == "webinars_recorded");
}

BOOST_AUTO_TEST_CASE(cells_read_as_finnish_or_english_numbers_and_dates) {
    BOOST_TEST(cell_text(Hundredths{202800}, Language::fi) == "2\u00a0028,00");
    BOOST_TEST(cell_text(Hundredths{202800}, Language::en) == "2,028.00");
    BOOST_TEST(cell_text(Hundredths{-5}, Language::en) == "-0.05");
    BOOST_TEST(cell_text(std::int64_t{1035}, Language::fi) == "1\u00a0035");
    BOOST_TEST(cell_text(std::int64_t{999}, Language::fi) == "999");
    BOOST_TEST(cell_text(std::int64_t{-1234567}, Language::en) == "-1,234,567");
    BOOST_TEST(cell_text(Tenths{862}, Language::fi) == "86,2");
    BOOST_TEST(cell_text(TenThousandths{3333}, Language::fi) == "0,3333");
    const Date d{std::chrono::year{2024}, std::chrono::month{3}, std::chrono::day{15}};
    BOOST_TEST(cell_text(d, Language::fi) == "15.3.2024");
    BOOST_TEST(cell_text(d, Language::en) == "2024-03-15");
    BOOST_TEST(cell_text(Empty{}, Language::fi).empty());
}

BOOST_AUTO_TEST_CASE(a_catalogue_that_is_not_a_mo_file_is_refused) {
    BOOST_CHECK_THROW(MessageCatalogue("not a catalogue at all"), std::runtime_error);
    BOOST_CHECK_THROW(MessageCatalogue(std::string_view("\xde\x12\x04\x95", 4)),
                      std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
