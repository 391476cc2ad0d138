#include "cli/error_report.hpp"

#include <iostream>

#include "core/error.hpp"

namespace polku::cli {

int run_reporting_errors(const std::function<int()>& command) {
    try {
        return command();
    } catch (const InputErrors& e) {
        for (const auto& error : e.errors()) {
            std::cerr << error.to_string() << '\n';
        }
        std::cerr << e.errors().size() << (e.errors().size() == 1 ? " error" : " errors")
                  << "; nothing was written.\n";
        return kInvalidInput;
    } catch (const UsageError& e) {
        std::cerr << "polku-cli: " << e.what() << '\n';
        return kUsage;
    } catch (const InputError& e) {
        std::cerr << "polku-cli: " << e.what() << '\n';
        return kInvalidInput;
    } catch (const DatabaseError& e) {
        std::cerr << "polku-cli: " << e.what() << '\n';
        return kDatabase;
    } catch (const std::exception& e) {
        std::cerr << "polku-cli: internal error: " << e.what()
                  << "\nPlease report this with the command you ran.\n";
        return kInternal;
    }
}

}  // namespace polku::cli
