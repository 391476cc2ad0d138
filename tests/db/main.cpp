#define BOOST_TEST_MODULE polku_db
#include <boost/test/unit_test.hpp>
