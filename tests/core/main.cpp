#define BOOST_TEST_MODULE polku_core
#include <boost/test/unit_test.hpp>
