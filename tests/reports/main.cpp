#define BOOST_TEST_MODULE polku_reports
#include <boost/test/unit_test.hpp>
