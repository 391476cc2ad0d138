#define BOOST_TEST_MODULE polku_gui
#include <boost/test/unit_test.hpp>
