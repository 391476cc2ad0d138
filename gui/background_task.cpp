#include "gui/background_task.hpp"

namespace polku::gui {

int& running_tasks() {
    static int count = 0;  // changed on the UI thread only
    return count;
}

}  // namespace polku::gui
