// campaign-planner: the GUI, and the headless commands of DESIGN.md §5.
#include "commandline.h"

int main(int argc, char *argv[])
{
    return cplan::app::run(argc, argv);
}
