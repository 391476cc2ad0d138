#define BOOST_TEST_MODULE polku_cli
#include <boost/test/unit_test.hpp>
